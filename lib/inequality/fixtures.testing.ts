/**
 * Hand-computed fixtures shared by the measures' tests. Every number below is worked out in the
 * comments, by hand, from the definitions in the modules (no library computed them).
 *
 * THREE: values y = 1, 2, 4 with populations 2, 1, 1 → shares p = ½, ¼, ¼.
 *   μ = ½·1 + ¼·2 + ¼·4 = 2
 *   variance = ½(1−2)² + ¼(2−2)² + ¼(4−2)² = ½ + 0 + 1 = 3/2 → CV_w = √1.5 ÷ 2 = 0.612372435695794…
 *   Gini: ordered pairs p_i p_j |y_i − y_j|: (1,2) ½·¼·1 = ⅛, (1,4) ½·¼·3 = ⅜, (2,4) ¼·¼·2 = ⅛,
 *         each twice → 2(⅛ + ⅜ + ⅛) = 5/4; G = (5/4) ÷ (2·2) = 5/16 = 0.3125
 *   shares of the total s_i = p_i y_i ÷ μ = ¼, ¼, ½
 *   Lorenz (sorted 1, 2, 4): P = 0, ½, ¾, 1; L = 0, ¼, ½, 1
 *         area = ½(0 + ¼)/2·… → Σ ΔP (L_k + L_{k−1}) = ½·¼ + ¼·¾ + ¼·(3/2) = ⅛ + 3/16 + ⅜ = 11/16; G = 1 − 11/16 = 5/16 ✓
 *   Theil T = Σ s_i ln(s_i ÷ p_i) = ¼ ln(½) + ¼ ln 1 + ½ ln 2 = ¼ ln 2 = 0.173286795139986…
 *   Groups A = {1, 2}, B = {4}: P_A = ¾, S_A = ½; P_B = ¼, S_B = ½
 *         between = ½ ln(½ ÷ ¾) + ½ ln(½ ÷ ¼) = ½ ln(2/3) + ½ ln 2 = ½ ln(4/3) = 0.143841036225890…
 *         inside A: shares ⅔, ⅓, mean 4/3, s = ½, ½ → T_A = ½ ln(¾) + ½ ln(3/2) = ½ ln(9/8); T_B = 0
 *         within = S_A T_A + S_B T_B = ¼ ln(9/8) = 0.029445758914096…
 *         between + within = ½ ln(4/3) + ¼ ln(9/8) = ¼ ln(16/9 · 9/8) = ¼ ln 2 = T ✓
 *
 * EQUAL: the same values with equal weights (PySAL's unweighted forms):
 *   Gini = Σ|y_i − y_j| ÷ (2n²ȳ) = 2(1 + 3 + 2) ÷ (2·9·7/3) = 12/42 = 2/7
 *         (PySAL's sorted form: 2Σ i·y_(i) ÷ (nΣy) − (n+1)/n = 2·17/21 − 4/3 = 6/21 = 2/7 ✓)
 *   Theil = Σ s ln(n s), s = y ÷ 7: (1/7) ln(3/7) + (2/7) ln(6/7) + (4/7) ln(12/7)
 *         = −0.121042551… − 0.044043051… + 0.307998000… = 0.142912397…
 */
export const THREE = [
  { code: 'a', value: 1, weight: 2 },
  { code: 'b', value: 2, weight: 1 },
  { code: 'c', value: 4, weight: 1 },
];

export const groupOfThree = (u: { code: string }) => (u.code === 'c' ? 'B' : 'A');
