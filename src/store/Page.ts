/** One page of a list: the items, where it starts, and how many there are in all. */
export interface Page<T> {
  items: T[];
  /** Position of the first item in the whole list. */
  offset: number;
  total: number;
}
