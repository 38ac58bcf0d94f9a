/**
 * The map as a PNG for slides and articles: the map image with a title, the legend and the source
 * line drawn on (fonts from the page; nothing fetched).
 */
interface PngCaption {
  title: string;
  legend: Array<{ label: string; color: string }>;
  source: string;
}

export function composeMapPng(map: HTMLCanvasElement, caption: PngCaption): HTMLCanvasElement {
  // The snapshot is detached (no CSS size), so scale text by the device pixel ratio the map was drawn at.
  const scale = window.devicePixelRatio || 1;
  const pad = 12 * scale;
  const header = 40 * scale;
  const footer = 28 * scale;
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + header + footer;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, header);
  ctx.fillStyle = '#1f2a33';
  ctx.font = `600 ${18 * scale}px system-ui, 'Noto Sans', sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.fillText(caption.title, pad, header / 2);
  // Legend, bottom-left over the map on a white card.
  const row = 16 * scale;
  const cardH = caption.legend.length * row + pad;
  const cardY = header + map.height - cardH - pad;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(pad, cardY, 230 * scale, cardH);
  ctx.font = `${11 * scale}px system-ui, 'Noto Sans', sans-serif`;
  caption.legend.forEach((item, i) => {
    const y = cardY + pad / 2 + i * row;
    ctx.fillStyle = item.color;
    ctx.fillRect(pad * 1.6, y + 2 * scale, 16 * scale, 10 * scale);
    ctx.fillStyle = '#1f2a33';
    ctx.fillText(item.label, pad * 1.6 + 22 * scale, y + 7 * scale);
  });
  ctx.fillStyle = '#5b6873';
  ctx.font = `${11 * scale}px system-ui, 'Noto Sans', sans-serif`;
  ctx.fillText(caption.source, pad, header + map.height + footer / 2);
  return out;
}
