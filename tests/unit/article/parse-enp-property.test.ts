import { describe, expect, it } from 'vitest';
import { parseEnpProperty } from '../../../src/core/article/parse-enp-property';
import { parsePageLabel } from '../../../src/core/article/parse-page-label';

describe('parseEnpProperty', () => {
  it('reads title, kicker, subtitle, author, date, page and section of a Founder comment', () => {
    const comment =
      'enpproperty <articleid>1</articleid><date>2022-03-31 09:28:27.0</date><author>记者 王大玲</author><title><p>护好一江碧水</p></title>' +
      '<subtitle>沙市区推进岸线整治</subtitle><introtitle>守护母亲河</introtitle><nodename>第03版：经济</nodename>/enpproperty';
    expect(parseEnpProperty(comment)).toEqual({
      title: '护好一江碧水',
      subtitle: '沙市区推进岸线整治',
      kicker: '守护母亲河',
      author: '记者 王大玲',
      date: '2022-03-31T09:28:27',
      page: '03',
      section: '经济',
    });
  });

  it('leaves empty fields out and keeps a channel name as the section', () => {
    const parsed = parseEnpProperty('enpproperty <title>标题</title><subtitle></subtitle><nodename>本地时政</nodename>');
    expect(parsed.subtitle).toBeUndefined();
    expect(parsed.section).toBe('本地时政');
    expect(parsed.page).toBeUndefined();
  });
});

describe('parsePageLabel', () => {
  it('reads page and section from 第N版 labels', () => {
    expect(parsePageLabel('第01版：要闻')).toEqual({ page: '01', section: '要闻' });
    expect(parsePageLabel('《人民日报》（2022年03月31日 第 03 版）')).toEqual({ page: '03' });
    expect(parsePageLabel('第A3版')).toEqual({ page: 'A3' });
  });

  it('reads lettered page codes and English page labels', () => {
    expect(parsePageLabel('A01版：头版')).toEqual({ page: 'A01', section: '头版' });
    expect(parsePageLabel('Page A12')).toEqual({ page: 'A12' });
  });

  it('finds nothing in ordinary text', () => {
    expect(parsePageLabel('出版社出版了新书')).toBeUndefined();
  });
});
