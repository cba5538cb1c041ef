import { describe, expect, it } from 'vitest';
import { isPinyinFurnitureName } from '../../../src/core/article/pinyin-furniture';

describe('pinyin class and id names of Chinese page furniture', () => {
  it('knows comment, related-story, ranking, share and ad boxes named in pinyin', () => {
    for (const name of ['pinglun', 'pinglun_list', 'comment_pl pl', 'plList', 'pl2', 'gentie-area', 'xgyd', 'xgxw_box', 'xiangguanwenzhang', 'tuijian', 'rmtj',
      'remen', 'remenpaihang', 'rdph', 'phb', 'cnxh', 'fenxiang', 'bdshare_t', 'yqlj', 'mianbaoxie', 'liuyanban', 'huifu']) {
      expect(isPinyinFurnitureName(name), name).toBe(true);
    }
  });

  it('leaves body and English names alone, and CSS utility classes such as pl-4', () => {
    for (const name of ['article', 'content', 'zhengwen', 'main-text', 'news_con', 'pl-4 pr-4', 'md:pl-8', 'plain', 'place', 'remind', 'template', 'tjx', 'apple', 'planet', 'ggl', '']) {
      expect(isPinyinFurnitureName(name), name).toBe(false);
    }
  });
});
