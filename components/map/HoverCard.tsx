import { layerById } from '@/lib/layers/registry';
import type { HoverInfo } from './map-controller';
import { useI18n } from '@/components/i18n/use-i18n';

/** The small card that follows the pointer: what the layer's registry entry says about the feature. */
export function HoverCard({ info, year, extra = [] }: { info: HoverInfo; year?: number; extra?: string[] }) {
  const { lang } = useI18n();
  const layer = layerById(info.layerId);
  if (!layer) return null;
  const { title, lines } = layer.tooltip(info.properties, year, lang);
  return (
    <div className="hover-card" style={{ left: info.point.x + 14, top: info.point.y + 14 }} role="tooltip">
      <strong>{title}</strong>
      {[...lines, ...extra].map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}
