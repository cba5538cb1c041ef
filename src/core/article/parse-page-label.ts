/**
 * Parses print-page labels of e-papers: "第01版：要闻", "第 A3 版", "A01版：头版",
 * "（2022年03月31日 第 01 版）", "Page A12".
 */

/** Print page (版次) and page name (版名) from a label. */
export interface PageLabel {
  page: string;
  section?: string;
}

const CHINESE_LABEL = /第\s*([A-Za-z]?\s*\d{1,3})\s*版(?:\s*[:：]?\s*([^\s（）()【】\d:：][^\s（）()【】:：]{0,11}))?/u;
const CODE_LABEL = /(?<![A-Za-z\d])([A-Z]\d{1,3})\s*版(?:\s*[:：]\s*([^\s（）()【】]{1,12}))?/u;
const ENGLISH_LABEL = /\bPage\s+([A-Z]?\d{1,3})\b/u;

/** Finds the first page label in the text, or undefined. */
export function parsePageLabel(text: string): PageLabel | undefined {
  let m = CHINESE_LABEL.exec(text) ?? CODE_LABEL.exec(text);
  if (m) {
    const section = m[2]?.trim();
    return { page: m[1].replace(/\s+/gu, ''), ...(section ? { section } : {}) };
  }
  m = ENGLISH_LABEL.exec(text);
  return m ? { page: m[1] } : undefined;
}
