/** The path segments that name a content version in a URL: `…/v/<hash>/…` (tiles, glyphs, layers, the values panel). */
export const versionSegment = (version: string) => `v/${version}`;
