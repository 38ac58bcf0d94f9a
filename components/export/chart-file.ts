/**
 * A chart as a standalone SVG or PNG file: the drawn SVG with its title and source line added, fonts
 * and colours inlined so it reads the same outside the page. Nothing is fetched.
 */
const FONT = "system-ui, 'Noto Sans', 'Noto Sans SC', sans-serif";
const HEADER = 32;
const FOOTER = 24;

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const saveText = (text: string, type: string, filename: string) => saveBlob(new Blob([text], { type }), filename);

function text(doc: Document, x: number, y: number, content: string, size: number, weight = 400) {
  const el = doc.createElementNS('http://www.w3.org/2000/svg', 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  el.setAttribute('font-size', String(size));
  el.setAttribute('font-weight', String(weight));
  el.setAttribute('fill', '#1f2a33');
  el.textContent = content;
  return el;
}

/** The chart's SVG markup with a title above and the sources below. */
export function chartSvg(svg: SVGSVGElement, caption: { title: string; source: string }): { markup: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const out = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const [w, h] = [Math.ceil(width), Math.ceil(height) + HEADER + FOOTER];
  out.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  out.setAttribute('width', String(w));
  out.setAttribute('height', String(h));
  out.setAttribute('viewBox', `0 0 ${w} ${h}`);
  out.setAttribute('font-family', FONT);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  out.append(background, text(document, 8, 22, caption.title, 16, 600));
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(HEADER));
  out.append(clone, text(document, 8, h - 8, caption.source, 11));
  return { markup: new XMLSerializer().serializeToString(out), width: w, height: h };
}

/** The SVG drawn onto a canvas at twice its size, as PNG bytes. */
export async function svgToPng(svg: { markup: string; width: number; height: number }): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * 2;
    canvas.height = svg.height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(2, 2);
    ctx.drawImage(image, 0, 0, svg.width, svg.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not encode the image');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
