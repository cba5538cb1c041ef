// Local pages for the multi-article e2e tests: a page of twenty stories (English, <article>
// blocks with headline, byline and two paragraphs each) and an e-paper article whose 摘要 lead
// is printed between the headline and the marked body, outside what detection reads as body.
const PLACES = ['Harbour', 'Old Town', 'Riverside', 'Hill Park', 'North Gate'];

export const STORY_17_HEADLINE = 'Story 17: Library opens a reading room in Riverside';
export const QUOTE_IN_17 = 'the reading room will stay open until nine on Saturdays';
export const STORY_3_HEADLINE = 'Story 3: Hill Park council agrees plan number 3';
export const QUOTE_IN_3 = 'sets aside money for new pavements and lamps';

function story(n) {
  const place = PLACES[n % PLACES.length];
  const headline = n === 17 ? STORY_17_HEADLINE : `Story ${n}: ${place} council agrees plan number ${n}`;
  const first = n === 17
    ? `Volunteers said ${QUOTE_IN_17}, and the first hundred readers get a free card.`
    : n === 3
      ? `The ${place} council met on Tuesday and agreed plan number ${n}, which ${QUOTE_IN_3}.`
      : `The ${place} council met on Tuesday and agreed plan number ${n}, which pays for new benches.`;
  return `<article class="story" id="story-${n}">
  <h2><a href="/stories/${n}">${headline}</a></h2>
  <p class="byline">By Jane Roe and Amy Lin</p>
  <p>${first}</p>
  <p>Residents will be asked for their views at three public meetings before the work starts in the spring, officials in ${place} said.</p>
</article>`;
}

export function twentyArticlesPage() {
  const stories = Array.from({ length: 20 }, (_, i) => story(i + 1)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Courier — local news, 1 December 2026</title></head>
<body><header><h1>The Courier</h1><p>Local news, 1 December 2026</p></header>
<main class="stories">${stories}</main><footer>© The Courier</footer></body></html>`;
}

export const LEAD_QUOTE = '摘要：我市今年将新建改建城市公园二十座，绿道总长突破三百公里。';

export function leadParagraphPage() {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>荆州日报 数字报</title>
<!--enpproperty <date>2022-03-31</date><title>城市公园建设提速</title><author>记者 刘洁</author><pageno>2</pageno>/enpproperty--></head>
<body><div class="article">
<h1>城市公园建设提速</h1>
<div class="summary">${LEAD_QUOTE}</div>
<founder-content>
<p>本报讯（记者刘洁）3月30日，记者从市园林局获悉，今年我市将继续推进城市公园建设，让市民推窗见绿、出门进园。</p>
<p>据介绍，新建公园将优先布局在老城区和人口密集区域，每座公园都将配套建设健身步道和儿童游乐设施。</p>
<p>市园林局负责人表示，绿道建设将与河道治理同步推进，串联起主要公园和景点，方便市民休闲健身。</p>
</founder-content></div></body></html>`;
}
