/** Legend entries in the page's ink colour: a pale series colour would fail text contrast; the swatch beside it keeps the colour. */
export const legendText = (value: string) => <span style={{ color: '#1f2a33' }}>{value}</span>;
