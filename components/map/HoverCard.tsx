import type { HoverInfo } from './map-controller';

/** The small card that follows the pointer over a province. */
export function HoverCard({ info }: { info: HoverInfo }) {
  const { name_en, name_zh } = info.properties as { name_en?: string; name_zh?: string };
  return (
    <div className="hover-card" style={{ left: info.point.x + 14, top: info.point.y + 14 }} aria-hidden="true">
      <strong>{name_en}</strong> {name_zh && <span lang="zh-Hans">{name_zh}</span>}
    </div>
  );
}
