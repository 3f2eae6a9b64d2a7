/** A route parameter as a record id, or undefined when it is not one (the page answers 404 without asking). */
export function positiveId(value: string | undefined): number | undefined {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
