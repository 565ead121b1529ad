/** The kiosk's own UI strings, in both languages (loaded with the kiosk mode only). */
import type { Lang, Text } from '../domain/types';

export const KIOSK_STRINGS = {
  stillThere: { zh: '继续浏览？', en: 'Still there?' },
  resetIn: { zh: '{n} 秒后地图将回到初始画面', en: 'The map goes back to the start in {n} s' },
  stay: { zh: '继续浏览', en: 'Keep browsing' },
  handoff: { zh: '扫码带走', en: 'Scan to take this with you' },
  handoffAlt: { zh: '在手机上打开此卡片的二维码', en: 'QR code that opens this card on a phone' },
  linkOut: { zh: '扫码在手机上打开', en: 'Scan to open on your phone' },
  linkOutAlt: { zh: '链接的二维码', en: 'QR code of the link' },
  staff: { zh: '工作人员', en: 'Staff' },
  enterPin: { zh: '请输入工作人员密码', en: 'Enter the staff PIN' },
  pinDigits: { zh: '已输入 {n} 位', en: '{n} digits entered' },
  wrongPin: { zh: '密码错误', en: 'Wrong PIN' },
  lockedFor: { zh: '尝试次数过多，请 {n} 秒后再试', en: 'Too many tries: try again in {n} s' },
  checking: { zh: '正在核对…', en: 'Checking…' },
  noPin: { zh: '未设置工作人员密码（config.json 的 kiosk.pinHash）', en: 'No staff PIN is set (kiosk.pinHash in config.json)' },
  clear: { zh: '清除', en: 'Clear' },
  ok: { zh: '确定', en: 'OK' },
  cancel: { zh: '取消', en: 'Cancel' },
  close: { zh: '关闭', en: 'Close' },
  staffMenu: { zh: '工作人员菜单', en: 'Staff menu' },
  defaultLang: { zh: '默认语言', en: 'Default language' },
  tourPace: { zh: '导览速度', en: 'Tour pace' },
  paceSlow: { zh: '慢', en: 'Slow' },
  paceNormal: { zh: '正常', en: 'Normal' },
  paceFast: { zh: '快', en: 'Fast' },
  idleTimeout: { zh: '无操作多久后重置', en: 'Reset after no input for' },
  seconds: { zh: '{n} 秒', en: '{n} s' },
  minutes: { zh: '{n} 分钟', en: '{n} min' },
  resetNow: { zh: '立即重置', en: 'Reset now' },
  useConfig: { zh: '恢复配置文件的设置', en: 'Back to config.json settings' },
  leave: { zh: '退出展台模式', en: 'Leave kiosk mode' },
} satisfies Record<string, Text>;

export type KioskStringKey = keyof typeof KIOSK_STRINGS;

/** The kiosk string `key` in `lang`, with `{n}` replaced by `n`. */
export const kt = (lang: Lang, key: KioskStringKey, n?: number | string): string =>
  n === undefined ? KIOSK_STRINGS[key][lang] : KIOSK_STRINGS[key][lang].replace('{n}', String(n));

/** Both languages at once, Chinese first (a stand's visitor may read either): "继续浏览？ / Still there?". */
export const both = (key: KioskStringKey, n?: number | string): string => `${kt('zh', key, n)} / ${kt('en', key, n)}`;
