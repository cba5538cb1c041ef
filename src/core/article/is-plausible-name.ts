/**
 * Rejects "names" that byline heuristics pick up from page furniture: bracketed labels such
 * as （附图）（组图）（转载）（相关链接）, organisations (……网, ……报, 集团) and URLs, and the
 * error classes of issue 11 (see screenAuthorName): role and credit words, page controls,
 * template placeholders, portals and newspapers.
 */

const NOT_NAMES = new Set([
  '附图', '组图', '多图', '图文', '转载', '原创', '相关链接', '相关连接', '相关报道', '相关新闻', '简体中文', '繁体中文', '简体中', '视频',
  '全文', '待续', '未完', '未完待续', '完', '资料图', '图片', '来源', '记者', '编辑', '作者', '通讯员', '本报', '本报讯', '摄影', '转帖',
  '推荐', '专稿', '独家', '快讯', '评论', '声明', '更多', '详细', '点击', '上一页', '下一页', '返回', '打印', '关闭',
]);

const ORGANISATION = /网$|报$|社$|台$|集团|公司|政府|中心|委员会|研究[所院]|大学|学院|频道|课题组|编写组|调研组|调查组|办公室|工作室|协会|学会|www\.|\.com|\.cn|https?:|^[\d\s]+$|Team$|Staff$/iu;

// Role and credit words printed where a name goes: "采写：", "整合：", "文受访者", "出自".
// A staff title in the name's place is the paper speaking, not a person: 本报评论员, 特约记者, 本刊编辑部.
// Editors and production staff (责任编辑, 主编, 校对, 审核, 监制, 统筹, 策划, 出品) are credited, never the author.
const ROLE_OR_CREDIT = /采写|采编|整合|整理|编译|综合|受访者?|口述|出自|供稿|来稿|投稿|转自|摘自|来自|评论员|记者|通讯员|特约|^本[报刊网站台]|编辑|责编|主编|校对|审核|审校|编审|监制|统筹|策划|出品/u;
// Page controls and labels next to a byline: follow and contact buttons, share bars, blog tools.
const PAGE_CONTROL = /关注|荐稿|联系|订阅|分享|收藏|点赞|举报|登录|注册|私信|留言|评论|博客|主页|首页|粉丝|加好友|查看|更多|阅读|打印|字号|只看|回复|引用|电梯直达|倒序|^(?:follow|share|subscribe|email|e-mail|twitter|facebook|linkedin|contact|more|view|profile|bio|comments?)\b|\b(?:follow|twitter|facebook|instagram|email|subscribe|updated|published|posted)$/iu;
// Template placeholders and "no author" words: a page that fills in nothing prints these.
const PLACEHOLDER = /^(?:name|author|authors|admin|administrator|user|username|unknown|anonymous|null|undefined|none|n\/a|guest|editor|staff|未知|不详|匿名|佚名|网友|小编|管理员|作者名|姓名|用户名|游客|匿名用户|楼主|版主|博主)$/iu;
// Portals, sites and newspapers: brand names, media words, "portal-channel" compounds.
const PORTAL = /^(?:网易|新浪|搜狐|腾讯|凤凰|新华|人民|央视|澎湃|头条|百度|东方财富|界面|财新|和讯|中新|环球|光明|千龙|南方|大众|经济观察|第一财经)|日报|晚报|早报|商报|时报|周刊|杂志|新闻|财经|资讯|自媒体|交汇点|客户端|电视台|广播|出版社|编辑部|[·•\-－—]\s*(?:[\p{Script=Han}]{2,}(?:网|报|频道|综合|客户端))|\b(?:news|media|magazine|daily|press|network|digital|online|official)\b/iu;

// English organisations in a byline or author slot: "The Editorial Board", "Reuters", "Metro Desk",
// "The Harbour Tribune", "CNN Wire Staff". A name that starts with "The" is never a person.
const EN_ORGANISATION = /^the\s|\b(?:board|desk|editors|newsroom|editorial|staff|team|agency|agence|bureau|wire|reuters|afp|bloomberg|xinhua|tribune|herald|gazette|journal|times|chronicle|telegraph|inquirer|examiner|weekly|radio|television|broadcasting|corporation|inc|llc|ltd)\b/iu;

// A job title alone in an author slot ("Software Engineer", "AP National Political Writer", "CNN
// Editor-at-large"): templates that split "Name, Job" at the comma give it as a second author.
// Every word is a job noun, a qualifier of one or an outlet's acronym; a name before the title
// ("Howard Blume Staff Writer") keeps the string a person's (the reader of the slot cuts the title).
const EN_JOB_NOUN = /^(?:writer|reporter|editor(?:-at-large)?|correspondent|columnist|contributor|producer|engineer|developer|designer|analyst|photographer|strategist|evangelist|technologist|researcher)s?$/iu;
const EN_JOB_QUALIFIER = /^(?:staff|senior|junior|chief|lead|principal|contributing|special|foreign|political|national|international|sports?|business|science|health|technology|tech|software|hardware|data|product|executive|managing|deputy|associate|assistant|news|digital|video|photo|investigative|white|house|at-large|and|of)$/iu;
function isEnglishJobOnly(text: string): boolean {
  const words = text.split(/\s+/u);
  return EN_JOB_NOUN.test(words[words.length - 1]) && words.every((w) => EN_JOB_NOUN.test(w) || EN_JOB_QUALIFIER.test(w) || ACRONYM_ONLY.test(w));
}
// A news agency's acronym alone (PTI, AFP, IANS, UPI): the wire that filed the story, not a person.
const ACRONYM_ONLY = /^\p{Lu}{2,5}$/u;

/** What a name-like string in an author slot is. */
export type NameClass = 'person' | 'organisation' | 'not-a-name';

/**
 * Sorts what byline heuristics found in an author slot: a person, an organisation (a portal,
 * newspaper or site — it belongs in publication/source, never among the authors), or no name
 * at all (role words, page controls, placeholders).
 */
export function screenAuthorName(name: string): NameClass {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 40) return 'not-a-name';
  if (NOT_NAMES.has(trimmed) || PLACEHOLDER.test(trimmed) || /^[\d\s\p{P}\p{S}]+$/u.test(trimmed)) return 'not-a-name';
  // A field label inside the value ("责任编辑：王二", "来源：新华网") is a whole meta line, not a name.
  if (/[\p{Script=Han}]\s*[:：]/u.test(trimmed)) return 'not-a-name';
  // A Chinese name that runs into a date or the next field's label ("张三2010-03-05", "张三来源"):
  // the fields of the line were glued together, and the name's end is not known.
  if (/[\p{Script=Han}]\s*(?:19|20)\d{2}[-/.年]|[\p{Script=Han}](?:来源|出处|时间|日期|发布|编辑|浏览|点击)$/u.test(trimmed)) return 'not-a-name';
  // A portal's name may hold a credit word (新浪财经-自媒体综合): it is still the source.
  if (PORTAL.test(trimmed)) return 'organisation';
  if (ROLE_OR_CREDIT.test(trimmed) || PAGE_CONTROL.test(trimmed)) return 'not-a-name';
  if (ORGANISATION.test(trimmed)) return 'organisation';
  if (/^[\p{Script=Latin}\s.'’&-]+$/u.test(trimmed) && EN_ORGANISATION.test(trimmed)) return 'organisation';
  if (ACRONYM_ONLY.test(trimmed)) return 'organisation';
  if (/^[\p{Script=Latin}\s.'’&-]+$/u.test(trimmed) && isEnglishJobOnly(trimmed)) return 'not-a-name';
  if (/^[\p{Script=Han}]+$/u.test(trimmed) && (trimmed.length > 6 || /[图报网]$/u.test(trimmed))) return 'not-a-name';
  return 'person';
}

/** True when the string could be a person's name (or pen name) in a byline. */
export function isPlausibleName(name: string): boolean {
  return screenAuthorName(name) === 'person';
}

// The most common Chinese surnames (about 300 single-character ones cover well over 90% of
// people) and the compound surnames still in use. Only used for bare names with no role word
// next to them, where a word like 分享到 or 相关链接 would otherwise pass for a name.
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由钮邓',
]);
const COMPOUND_SURNAMES = /^(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|长孙|宇文|司徒|端木|轩辕|澹台|呼延|南宫)/u;

// Section and furniture words that start with a common surname character (国, 时, 文, 房, 高 …):
// printed alone under a headline they are a channel label, not a bare byline.
const SECTION_WORDS = new Set([
  '国内', '国际', '国风', '时政', '时事', '时尚', '时评', '时讯', '文化', '文艺', '文娱', '文摘', '文章', '文学', '房产', '房价', '游戏',
  '高考', '高校', '高清', '高层', '金融', '金价', '安全', '关于', '原文', '原标题', '简介', '史话', '司法', '公告', '公益', '宁波', '常识',
  '段子', '黄金', '石油', '江湖', '包装', '华人', '华侨', '万象', '焦点', '解读', '方案', '马上',
]);

// Provinces, regions and cities whose name starts with a common surname character (成都, 江苏, 南京,
// 张家口, 马鞍山, 华东 …): printed alone or after 来源 they name a place or a local paper's beat, not a person.
const PLACE_NAMES = new Set(
  ('成都 江苏 江西 江南 江门 安徽 安庆 安顺 安康 吉林 吉安 宁夏 宁波 宁德 海南 海口 海外 海东 云南 云浮 甘肃 石家庄 石嘴山 郑州 武汉 武威 沈阳 ' +
    '南京 南昌 南宁 南通 南充 南平 南阳 温州 苏州 常州 常德 金华 唐山 桂林 黄山 黄冈 黄石 包头 岳阳 柳州 曲靖 华东 华南 华北 华中 关中 全国 ' +
    '兰州 银川 徐州 惠州 梅州 秦皇岛 邢台 张家口 张家界 张掖 衡水 衡阳 晋城 晋中 吕梁 盘锦 白山 白城 马鞍山 荆州 荆门 邵阳 娄底 茂名 揭阳 ' +
    '玉林 玉溪 贺州 乐山 巴中 毕节 商洛 平凉 吴忠 哈密 和田 伊犁 阿克苏 东莞 龙岩 朝阳 长春 长沙 长治 丽江 丽水 连云港 汤阴 钟祥 焦作 鹤壁 ' +
    '潘家园 韩国 朝鲜 美国 日本 英国 法国 德国 俄罗斯 印度 越南 泰国 巴西 加拿大 澳洲 欧洲 亚洲 非洲 中东 台北 高雄 新竹 全球').split(' '),
);

// The first two characters of a portal or column name that starts like a name ("金融界", "时尚网"): a section word.
const startsWithSectionWord = (name: string): boolean => name.length === 3 && SECTION_WORDS.has(name.slice(0, 2));

/**
 * True for a bare Chinese personal name: 2–3 Han characters after a common surname (4 with a
 * compound one). Places (成都, 张家口), organisations (东方网, 和讯网, 华商报) and portal names that
 * start with a section word (金融界) are not names, though they start with a surname character.
 */
export function isLikelyChineseName(name: string): boolean {
  if (PLACE_NAMES.has(name) || startsWithSectionWord(name)) return false;
  if (/^[\p{Script=Han}]{3,4}$/u.test(name) && COMPOUND_SURNAMES.test(name)) return screenAuthorName(name) === 'person';
  return /^[\p{Script=Han}]{2,3}$/u.test(name) && SURNAMES.has(name[0]) && !NOT_NAMES.has(name) && !SECTION_WORDS.has(name) && screenAuthorName(name) === 'person';
}

// The most common two-character Japanese surnames (the top of the national lists cover about
// a third of the population). A Japanese byline names a person without a role word (松村太郎),
// and none of these start with a common Chinese surname often enough to be checked that way.
const JAPANESE_SURNAMES = new Set(
  ('佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 清水 山崎 池田 橋本 阿部 石川 山下 中島 石井 ' +
    '小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 斎藤 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 ' +
    '小野 田村 中山 和田 石田 森田 上田 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 ' +
    '上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 岩崎 桜井 木下 野口 松尾 菊地 野村 新井 渡部 松村 佐野 大西 杉本 浜田 菅野 市川 ' +
    '古川 水野 小島 西田 吉川 飯田 北村 服部 秋山 片山 中西 本田 吉村 久保田 荒木 辻 土屋 大橋 永井 松岡 五十嵐 川口 山内 星野 須藤 堀 ' +
    '嶋田 秋元 林 森 原 関 岩田 川村 高野 小松 宮田 大久保 熊谷 樋口 岡崎 矢野 榎本 安田 大石 松下 早川 竹田 細川 堤 松浦 ' +
    '岡 黒田 中田 平田 内藤 石原 桑原 吉岡 吉野 奥村 篠原 堀内 大谷 上原 中谷 川上 川崎 石橋 栗原 宮下 大森 福島 福井 西川 若林 富田').split(' '),
);

/**
 * True for a Japanese personal name written in kanji: a common Japanese surname followed by a
 * one- to three-character given name, with or without a space (松村太郎, 中村 真子).
 */
export function isLikelyJapaneseName(name: string): boolean {
  const compact = name.replace(/[\s\u3000]+/gu, '');
  if (!/^[\p{Script=Han}々]{2,6}$/u.test(compact)) return false;
  for (const n of [3, 2, 1]) {
    if (compact.length - n >= 1 && compact.length - n <= 3 && JAPANESE_SURNAMES.has(compact.slice(0, n))) return true;
  }
  return false;
}
