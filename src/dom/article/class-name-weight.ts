/**
 * A multiplier from an element's class and id: names like "content" or "article" hint at the
 * body, names like "comment", "share" or "related" at boilerplate. Used on candidate
 * containers only, so a stray class on one paragraph cannot hide it.
 */
import { isPinyinFurnitureName } from '../../core/article/pinyin-furniture';

const POSITIVE = /article|content|body|text|main|post|entry|story|detail|zoom|news_?con|正文|rich/iu;
const NEGATIVE = /comment|share|social|related|recommend|sidebar|side-|footer|foot|nav|menu|breadcrumb|banner|promo|sponsor|advert|\bad[s_-]|hot|rank|copyright|widget|popup|modal|subscribe|newsletter|tags?\b|meta|byline|author|toolbar/iu;

/** Weight in (0, 1.5]: >1 for body-like names, <1 for boilerplate-like names. */
export function classNameWeight(el: Element): number {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (names.length < 2) return 1;
  let weight = 1;
  if (POSITIVE.test(names)) weight *= 1.25;
  if (NEGATIVE.test(names) || isPinyinFurnitureName(names)) weight *= 0.5;
  return weight;
}
