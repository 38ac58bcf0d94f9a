/** Twelve distinct line colours (Tableau 10 and two more), given to places in the order they were chosen. */
import { schemeTableau10 } from 'd3-scale-chromatic';

const COLORS = [...schemeTableau10, '#1f2a33', '#8c564b'];
export const placeColor = (index: number) => COLORS[index % COLORS.length];
