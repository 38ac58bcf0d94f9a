/** Texts of the server-drawn first map (components/map/FirstPaintMap.tsx) and of the map standing in for it without WebGL. */
export const firstMapMessagesEn = {
  'firstMap.label': 'Map of China’s provinces: {title}',
  'firstMap.province': '{name}: {value}',
  'firstMap.staticNotice': 'Your browser could not start WebGL, so this map is a still picture of the view: point at a province for its value.',
  'firstMap.noScript': 'JavaScript is off: this map is a still picture of the view. Point at a province for its value.',
};

export const firstMapMessagesZh: Record<keyof typeof firstMapMessagesEn, string> = {
  'firstMap.label': '中国各省地图：{title}',
  'firstMap.province': '{name}，数值：{value}',
  'firstMap.staticNotice': '您的浏览器无法启动 WebGL，因此这幅地图是当前视图的静态图片：指向某省可查看其数值。',
  'firstMap.noScript': 'JavaScript 已关闭：这幅地图是当前视图的静态图片。指向某省可查看其数值。',
};
