import { describe, expect, it } from 'vitest';
import { readAddress, readHead, readInfoTitle, readIssueInfo } from '../../../src/core/pdf/issue-info';
import { splitRunningHead, type HeadLine } from '../../../src/core/pdf/running-head';

describe('readHead (the running head of a printed page)', () => {
  it('reads a Chinese head: paper, date with weekday, 版次 and 版名 in separate pieces', () => {
    expect(readHead(['荆州日报', '2022年3月31日 星期四 第02版', '要闻', '责任编辑：李明'])).toEqual({ publication: '荆州日报', date: '2022-03-31', page: '02', section: '要闻' });
  });

  it('reads 版次 and 版名 written together, and a paper that is not a 日报', () => {
    expect(readHead(['2023年1月5日', '第 A3 版：国际新闻', '北京晚报'])).toEqual({ date: '2023-01-05', page: 'A3', section: '国际新闻', publication: '北京晚报' });
  });

  it('reads an English folio: masthead, weekday date, a bare page code', () => {
    expect(readHead(['The Riverside Gazette', 'Thursday, March 31, 2022', 'Vol. 141, No. 90', 'A1'])).toEqual({ publication: 'The Riverside Gazette', date: '2022-03-31', page: 'A1' });
    expect(readHead(['Page B4', 'THE DAILY STAR', 'Friday, April 1, 2022'])).toMatchObject({ page: 'B4', date: '2022-04-01' });
  });

  it('does not take a weekday or an editor line for the page name', () => {
    expect(readHead(['星期四', '理论', '2022年3月31日'])).toEqual({ date: '2022-03-31', section: '理论' });
    expect(readHead(['责任编辑', '2022年3月31日'])).toEqual({ date: '2022-03-31' });
  });
});

describe('readInfoTitle (document info)', () => {
  it('takes the paper from the text before the date', () => {
    expect(readInfoTitle('荆州日报 2022年03月31日 第02版：要闻')).toEqual({ date: '2022-03-31', publication: '荆州日报', page: '02', section: '要闻' });
    expect(readInfoTitle('The Riverside Gazette, March 31, 2022')).toEqual({ date: '2022-03-31', publication: 'The Riverside Gazette' });
  });

  it('reads nothing from a title without a date or a page', () => {
    expect(readInfoTitle('Microsoft Word - layout_final3.docx')).toEqual({});
    expect(readInfoTitle(undefined)).toEqual({});
  });
});

describe('readAddress (file name or address)', () => {
  it('reads a date and the page right after it', () => {
    expect(readAddress('jzrb-20220331-02.pdf')).toEqual({ date: '2022-03-31', page: '02' });
    expect(readAddress('https://paper.example.cn/images/2022-03/31/02/rmrb2022033102.pdf')).toEqual({ date: '2022-03-31', page: '02' });
    expect(readAddress('https://epaper.example.com/pdf/2021_11_05_A3.pdf')).toEqual({ date: '2021-11-05', page: 'A3' });
    expect(readAddress('gazette_20220331_page-4.pdf')).toEqual({ date: '2022-03-31', page: '4' });
  });

  it('reads no page when none follows the date, nothing without a date', () => {
    expect(readAddress('report-2022-03-31.pdf')).toEqual({ date: '2022-03-31' });
    expect(readAddress('scan0001.pdf')).toEqual({});
    expect(readAddress('invoice-99991231.pdf')).toEqual({});
  });
});

describe('readIssueInfo', () => {
  it('takes each field from the best source that has it and says which', () => {
    expect(readIssueInfo({ head: ['第02版', '要闻'], infoTitle: '荆州日报 2022年03月31日', address: 'x-20220330-05.pdf' })).toEqual({
      publication: '荆州日报',
      date: '2022-03-31',
      page: '02',
      section: '要闻',
      sources: { publication: 'pdf-info', date: 'pdf-info', page: 'pdf-head', section: 'pdf-head' },
    });
    expect(readIssueInfo({ address: 'jzrb-20220331-02.pdf' })).toEqual({ date: '2022-03-31', page: '02', sources: { date: 'pdf-address', page: 'pdf-address' } });
  });
});

describe('splitRunningHead', () => {
  const line = (text: string, x0: number, top: number, size = 10): HeadLine => ({ text, size, box: { x0, x1: x0 + text.length * size, bottom: top - size, top } });
  const body = Array.from({ length: 40 }, (_, i) => line(`正文第${i}行正文正文`, 0, 900 - i * 15));

  it('takes the top rows down to the one with a date or a page (a masthead above a folio)', () => {
    const lines = [line('The Riverside Gazette', 100, 1000, 40), line('Thursday, March 31, 2022', 0, 950), line('A1', 500, 950), ...body];
    const { head, rest } = splitRunningHead(lines);
    expect(head.map((l) => l.text)).toEqual(['The Riverside Gazette', 'Thursday, March 31, 2022', 'A1']);
    expect(rest).toHaveLength(40);
  });

  it('leaves a page without a dated or numbered top row alone', () => {
    const lines = [line('通栏大标题', 0, 1000, 20), ...body];
    expect(splitRunningHead(lines).head).toEqual([]);
  });

  it('does not reach into the body for a date printed in an article', () => {
    const lines = [line('标题一', 0, 1000, 20), line('标题二', 0, 970, 20), line('副题', 0, 945, 14), line('2022年3月31日 本报讯', 0, 920), ...body];
    expect(splitRunningHead(lines).head).toEqual([]);
  });
});
