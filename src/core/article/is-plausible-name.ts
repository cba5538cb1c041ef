/**
 * Rejects "names" that byline heuristics pick up from page furniture: bracketed labels such
 * as （附图）（组图）（转载）（相关链接）, organisations (……网, ……报, 集团) and URLs.
 */

const NOT_NAMES = new Set([
  '附图', '组图', '多图', '图文', '转载', '原创', '相关链接', '相关连接', '相关报道', '相关新闻', '简体中文', '繁体中文', '简体中', '视频',
  '全文', '待续', '未完', '未完待续', '完', '资料图', '图片', '来源', '记者', '编辑', '作者', '通讯员', '本报', '本报讯', '摄影', '转帖',
  '推荐', '专稿', '独家', '快讯', '评论', '声明', '更多', '详细', '点击', '上一页', '下一页', '返回', '打印', '关闭',
]);

const ORGANISATION = /网$|报$|社$|台$|集团|公司|政府|中心|委员会|研究[所院]|大学|学院|频道|www\.|\.com|\.cn|https?:|^[\d\s]+$|Team$|Staff$/iu;

/** True when the string could be a person's name (or pen name) in a byline. */
export function isPlausibleName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 40) return false;
  if (NOT_NAMES.has(trimmed)) return false;
  if (/^[\p{Script=Han}]+$/u.test(trimmed) && (trimmed.length > 6 || /[图报网]$/u.test(trimmed))) return false;
  return !ORGANISATION.test(trimmed);
}

// The most common Chinese surnames (about 300 single-character ones cover well over 90% of
// people) and the compound surnames still in use. Only used for bare names with no role word
// next to them, where a word like 分享到 or 相关链接 would otherwise pass for a name.
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由钮邓',
]);
const COMPOUND_SURNAMES = /^(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|长孙|宇文|司徒|端木|轩辕|澹台|呼延|南宫)/u;

/** True for a bare Chinese personal name: 2–3 Han characters after a common surname (4 with a compound one). */
export function isLikelyChineseName(name: string): boolean {
  if (/^[\p{Script=Han}]{3,4}$/u.test(name) && COMPOUND_SURNAMES.test(name)) return true;
  return /^[\p{Script=Han}]{2,3}$/u.test(name) && SURNAMES.has(name[0]) && !NOT_NAMES.has(name);
}
