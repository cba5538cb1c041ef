/**
 * The words an exported book prints around the reader's text, in the two interface languages.
 * Exports run in core (book page and command line alike), so they carry their own short list
 * instead of the extension's message catalogue.
 */

export type BookLanguage = 'zh-CN' | 'en';

export interface BookLabels {
  lang: BookLanguage;
  title: string;
  contents: string;
  notes: string;
  articleNote: string;
  tags: string;
  original: string;
  noPaper: string;
  noDate: string;
  noPage: string;
  noText: string;
  /** Said where an image could not go into this format (EPUB 3 has no WebP). */
  imageLeftOut: string;
  exported: string;
}

const LABELS: Record<BookLanguage, BookLabels> = {
  'zh-CN': {
    lang: 'zh-CN',
    title: '剪报本',
    contents: '目录',
    notes: '批注',
    articleNote: '全文笔记',
    tags: '标签',
    original: '原文',
    noPaper: '报名不详',
    noDate: '日期不详',
    noPage: '版次不详',
    noText: '（未存正文）',
    imageLeftOut: '（此格式不支持该图片，未收入）',
    exported: '导出于',
  },
  en: {
    lang: 'en',
    title: 'Jianbao clippings',
    contents: 'Contents',
    notes: 'Notes',
    articleNote: 'Note on the article',
    tags: 'Tags',
    original: 'Original',
    noPaper: 'Unknown paper',
    noDate: 'Undated',
    noPage: 'Page unknown',
    noText: '(no text stored)',
    imageLeftOut: '(image not included: this format cannot hold it)',
    exported: 'Exported',
  },
};

/** The labels for a language tag ("zh", "zh-CN", "en-US"…); English for anything not Chinese. */
export function bookLabels(lang: string | undefined): BookLabels {
  return /^zh\b/iu.test(lang ?? '') ? LABELS['zh-CN'] : LABELS.en;
}
