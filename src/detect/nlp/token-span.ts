/** A finding as inclusive token indexes, before it is turned into character offsets. */
export interface TokenSpan {
  first: number;
  last: number;
  score: number;
  type: string;
}
