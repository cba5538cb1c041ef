import { describe, expect, it } from 'vitest';
import { measureText, scoreBlock } from '../../../src/core/article/text-features';
import { isLikelyChineseName, isPlausibleName } from '../../../src/core/article/is-plausible-name';
import { stripSiteFromTitle } from '../../../src/core/article/clean-text';
import { isBoilerplateLine } from '../../../src/core/article/is-boilerplate-line';

describe('measureText', () => {
  it('counts Han characters and fullwidth punctuation, ignoring ideographic spaces', () => {
    const f = measureText('　　本报讯，昨日开会。');
    expect(f).toEqual({ chars: 9, hanChars: 7, punctuation: 2, latinStops: 0 });
  });
});

describe('scoreBlock', () => {
  it('scores prose above a label and a label above a link list', () => {
    const prose = '据介绍，该工程治理岸线长约十二公里，计划今年汛期前完成主体工程，完工后将新增绿地二十余万平方米。';
    const label = '相关新闻';
    const links = '首页 新闻 体育 财经 娱乐，科技';
    const proseScore = scoreBlock(measureText(prose), 0);
    const linkScore = scoreBlock(measureText(links), measureText(links).chars);
    expect(proseScore).toBeGreaterThan(scoreBlock(measureText(label), 0));
    expect(scoreBlock(measureText(label), 0)).toBe(0);
    expect(linkScore).toBe(0);
  });

  it('scores the same paragraph lower as more of it is links', () => {
    const f = measureText('The council voted on Thursday to fund the cleanup, ending a long debate. Work starts in May.');
    const scores = [0, 20, 40, 60].map((linkChars) => scoreBlock(f, linkChars));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]);
  });
});

describe('name checks', () => {
  it('accepts names and rejects labels and organisations', () => {
    expect(isPlausibleName('Jane Doe')).toBe(true);
    expect(isPlausibleName('附图')).toBe(false);
    expect(isPlausibleName('云南日报报业集团')).toBe(false);
    expect(isPlausibleName('www.yunnan.cn')).toBe(false);
  });

  it('recognises bare Chinese names by surname', () => {
    expect(isLikelyChineseName('胡平')).toBe(true);
    expect(isLikelyChineseName('欧阳修文')).toBe(true);
    expect(isLikelyChineseName('分享到')).toBe(false);
    expect(isLikelyChineseName('相关链接')).toBe(false);
  });
});

describe('stripSiteFromTitle', () => {
  it('keeps the headline part of a page title', () => {
    expect(stripSiteFromTitle('City council approves river cleanup plan | The Riverside Courier')).toBe('City council approves river cleanup plan');
    expect(stripSiteFromTitle('老城区改造启动_新闻中心_某某网')).toBe('老城区改造启动');
  });

  it('never takes a bare host name for the headline, even when it is the longest part', () => {
    expect(stripSiteFromTitle('小海螺 | blog.example-city.com')).toBe('小海螺');
    expect(stripSiteFromTitle('news.example.org | www.example.org')).toBe('news.example.org');
  });
});

describe('isBoilerplateLine', () => {
  it('recognises pagination, source, tool rows and counters', () => {
    for (const line of ['第1页/共1页 << 上一页 | 下一页 >>', '来源：新闻晨报', '文章来源：千龙网', '【发表评论】【打印】【关闭】', '(本文发表于首页批评与建议, 已被阅读178次)', '广告']) {
      expect(isBoilerplateLine(line)).toBe(true);
    }
  });

  it('keeps prose that mentions a source or a page', () => {
    expect(isBoilerplateLine('据了解，这批资金来源于社会捐赠，将全部用于修缮老城区的危旧房屋和街巷。')).toBe(false);
    expect(isBoilerplateLine('她说，下一页的内容更精彩。')).toBe(false);
  });
});

describe('isBoilerplateLine: statements and share bars (issue 11, group 8)', () => {
  it('knows disclaimer and reprint statements, and share bars', () => {
    for (const line of ['声明：本文仅代表作者个人观点，不代表本站立场。', '【免责声明】本网转载此文出于传递更多信息之目的，并不意味着赞同其观点。', '本文系作者原创，转载请注明出处。', '分享到：微博 微信 QQ空间', '（未经授权，不得转载）']) {
      expect(isBoilerplateLine(line), line).toBe(true);
    }
  });

  it('keeps prose that reports a statement', () => {
    for (const line of ['外交部发表声明，对此表示强烈不满，并已向对方提出严正交涉。', '声明称，公司将在下月召回全部问题车辆。', '他把这篇文章分享到了朋友圈，很快就有几十人点赞。']) {
      expect(isBoilerplateLine(line), line).toBe(false);
    }
  });
});
