/** The method text GET /api/convergence returns beside its numbers (the README gives the same formulas with citations). */
export const CONVERGENCE_METHOD = [
  'Members: the 31 provinces. A year is measured only when every province has both a value and a year-end resident population (the population indicator), so every year compares the same 31; years with gaps are listed under excluded_years.',
  'Weights: year-end resident population shares p_i of the same year (a per-capita figure is a figure per resident, so each resident counts once). Beta convergence and rank mobility count each province once, as is usual.',
  'cv_weighted: population-weighted coefficient of variation (Williamson index), sqrt(sum p_i (y_i - mu)^2) / mu with mu = sum p_i y_i (REAT williamson with the weighted mean). cv_unweighted: the same with equal weights. sd_log: standard deviation of ln y_i, unweighted (classic sigma).',
  'gini: population-weighted Gini, sum_i sum_j p_i p_j |y_i - y_j| / (2 mu), equal to one minus twice the area under the population-weighted Lorenz curve; with equal weights it is PySAL inequality.gini.Gini.',
  'theil: Theil T, sum_i s_i ln(s_i / p_i) with s_i = p_i y_i / mu, decomposed exactly (between + within = total) by the NBS four economic regions and by coastal/inland: between = sum_g S_g ln(S_g / P_g), within = sum_g S_g T_g (S_g, P_g the group shares of the total and of residents, T_g the Theil index inside the group). With equal weights: PySAL inequality.theil.Theil and TheilD.',
  'sigma: each dispersion measure at from and to, the change, and its least-squares trend per year over the measured years; falling dispersion is sigma convergence.',
  'beta: OLS of average annual log growth ln(y_to / y_from) / T on ln(y_from) over the 31 provinces, T = to - from (REAT betaconv.ols); coefficient b, its standard error, R^2; speed = -ln(1 + bT) / T and half_life_years = ln 2 / speed, null unless -1/T < b < 0. A negative b says initially lower values grew faster over the period; it does not say why.',
  'rank_mobility: Kendall tau-b between the rankings in from and to (ties handled as in PySAL giddy rank.Tau); moved_3_plus counts provinces whose rank (1 = highest, ties share the better rank) changed by 3 or more places.',
  'Values are the ones /api/indicators serves, estimates included (counted per year in estimates). Numbers are unrounded.',
].join(' ');
