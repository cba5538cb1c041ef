import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/core/model';
import { bylineLanguage, formatByline } from '../../../src/core/people/byline';

const p = (name: string, role: Person['role']): Person => ({ name, role });

describe('formatByline', () => {
  it('prints a Chinese role word once for the people of that role (通讯员 A、B)', () => {
    expect(formatByline([p('石建芬', 'correspondent'), p('寇涛', 'correspondent')], 'zh')).toBe('通讯员 石建芬、寇涛');
    expect(formatByline([p('王大玲', 'reporter'), p('刘天华', 'correspondent')], 'zh')).toBe('记者 王大玲 通讯员 刘天华');
  });

  it('groups people by role in the order the roles are first printed, names in their order', () => {
    const people = [p('王子瑶', 'reporter'), p('闵涛', 'correspondent'), p('陈江静', 'correspondent'), p('李明', 'reporter'), p('赵亮', 'photographer')];
    expect(formatByline(people, 'zh')).toBe('记者 王子瑶、李明 通讯员 闵涛、陈江静 摄影 赵亮');
    expect(formatByline([p('闵涛', 'correspondent'), p('王子瑶', 'reporter')], 'zh')).toBe('通讯员 闵涛 记者 王子瑶');
  });

  it('names a Chinese plain author without a role word', () => {
    expect(formatByline([p('张三', 'author'), p('李四', 'author')], 'zh')).toBe('张三、李四');
    expect(formatByline([p('张三', 'author'), p('王五', 'editor')], 'zh')).toBe('张三 编辑 王五');
  });

  it('writes English as a paper does: "By A and B; photographs by C"', () => {
    expect(formatByline([p('Jane Doe', 'reporter'), p('Ann Lee', 'reporter'), p('Tom Poe', 'photographer')], 'en')).toBe('By Jane Doe and Ann Lee; photographs by Tom Poe');
    expect(formatByline([p('A B', 'reporter'), p('C D', 'reporter'), p('E F', 'reporter')], 'en')).toBe('By A B, C D and E F');
    // Reporters and authors are both the writers: one "By" group.
    expect(formatByline([p('Jane Doe', 'reporter'), p('Ann Lee', 'author')], 'en')).toBe('By Jane Doe and Ann Lee');
    expect(formatByline([p('Tom Poe', 'photographer'), p('Jane Doe', 'reporter')], 'en')).toBe('Photographs by Tom Poe; by Jane Doe');
    expect(formatByline([p('Jane Doe', 'reporter'), p('Ann Lee', 'correspondent'), p('Ed Ward', 'editor')], 'en')).toBe('By Jane Doe; Ann Lee contributed reporting; edited by Ed Ward');
  });

  it('leaves out empty names, trims and does not repeat a name within its role', () => {
    expect(formatByline([p('  王子瑶 ', 'reporter'), p(' ', 'reporter'), p('王子瑶', 'reporter')], 'zh')).toBe('记者 王子瑶');
    expect(formatByline([], 'en')).toBe('');
  });

  it('is Chinese for zh tags only', () => {
    expect(['zh', 'zh-CN', 'zh-Hant-TW', 'ZH'].map(bylineLanguage)).toEqual(['zh', 'zh', 'zh', 'zh']);
    expect(['en', 'en-GB', 'fr', undefined, 'zhx'].map(bylineLanguage)).toEqual(['en', 'en', 'en', 'en', 'en']);
  });
});
