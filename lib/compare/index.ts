export { parseCompareIds, compareQuery, addToComparison, removeFromComparison, MIN_COMPARED, MAX_COMPARED } from './ids';
export type { CompareProblem, ParsedCompareIds } from './ids';
