import { describe, expect, it } from 'vitest';
import { latToTileY, lngToTileX, tileRange, tilesInBounds } from './tile-math';

describe('tile math', () => {
  it('puts the whole world in tile 0/0/0', () => {
    expect([lngToTileX(-180, 0), lngToTileX(179.9, 0), latToTileY(85, 0), latToTileY(-85, 0)]).toEqual([0, 0, 0, 0]);
  });

  it('finds the zoom-8 tile of Wuhan', () => {
    // Wuhan 114.30 E, 30.59 N → x = floor((294.30/360)·256) = 209, y from Mercator = 105
    expect([lngToTileX(114.3, 8), latToTileY(30.59, 8)]).toEqual([209, 105]);
  });

  it('covers bounds with an inclusive range clamped to the grid', () => {
    expect(tileRange([-180, -85, 180, 85], 2)).toEqual({ minX: 0, maxX: 3, minY: 0, maxY: 3 });
    expect([...tilesInBounds([73, 18, 135, 54], 0, 1)].map((t) => `${t.z}/${t.x}/${t.y}`)).toEqual(['0/0/0', '1/1/0']);
  });
});
