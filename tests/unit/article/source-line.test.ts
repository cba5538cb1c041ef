/**
 * 来源 lines (issue 11, group 9): the newspaper or portal a header line names as the text's source
 * is the publication, and a portal or a place after a source label is never a person.
 */
import { describe, expect, it } from 'vitest';
import { sourceOfLine } from '../../../src/core/article/read-source-line';
import { readCreditLine } from '../../../src/core/article/read-credit-line';
import { isLikelyChineseName } from '../../../src/core/article/is-plausible-name';

describe('sourceOfLine', () => {
  it('reads the newspaper or portal after a source label, wherever it sits on the line', () => {
    expect(sourceOfLine('来源：南方都市报')).toBe('南方都市报');
    expect(sourceOfLine('2005-04-27 14:32更新 来源：千龙新闻网')).toBe('千龙新闻网');
    expect(sourceOfLine('信息来源： 内蒙古日报')).toBe('内蒙古日报');
    expect(sourceOfLine('2005-01-14 17:02:30 来源: 21世纪经济报道')).toBe('21世纪经济报道');
    expect(sourceOfLine('作者：陈思雨 来源：都市晚报 发布时间：2023-04-11')).toBe('都市晚报');
    expect(sourceOfLine('——摘自《读者》2001年第4期')).toBe('读者');
  });

  it('takes the paper out of a portal-paper pair, and the portal out of a compilation note', () => {
    expect(sourceOfLine('2023年04月11日08:30  来源：人民网－人民日报')).toBe('人民日报');
    expect(sourceOfLine('来源：新浪财经-自媒体综合')).toBe('新浪财经');
  });

  it('gives an organisation printed in an author slot as the source', () => {
    expect(sourceOfLine('作者：新华网 2023-04-11')).toBe('新华网');
    expect(sourceOfLine('作者：陈思雨 2023-04-11')).toBeUndefined();
  });

  it('names no publication for repost notes, the net, this site, an address, a person or prose', () => {
    for (const line of ['来源：转载文章', '来源：互联网', '来源：本报综合', '来源：http://www.example.cn/a.html', '来源: 尹娟', '资金来源主要是财政拨款', '来源于生活']) {
      expect(sourceOfLine(line), line).toBeUndefined();
    }
  });
});

describe('a portal or a place after 来源 is no person', () => {
  it('does not read 东方网, 和讯网, 华商报 or 成都 as an author, but keeps a person named as the source', () => {
    for (const line of ['来源：东方网', '来源：和讯网', '来源：华商报', '来源：成都', '来源：金融界']) expect(readCreditLine(line).people, line).toEqual([]);
    expect(readCreditLine('来源：尹娟').people).toEqual([{ name: '尹娟', role: 'author' }]);
  });

  it('isLikelyChineseName refuses places and organisations that start with a surname character', () => {
    for (const word of ['成都', '江苏', '南京', '张家口', '马鞍山', '华东', '东方网', '和讯网', '南方网', '华商报', '金融界']) expect(isLikelyChineseName(word), word).toBe(false);
    for (const name of ['尹娟', '成思危', '江平', '欧阳修', '张家明']) expect(isLikelyChineseName(name), name).toBe(true);
  });
});
