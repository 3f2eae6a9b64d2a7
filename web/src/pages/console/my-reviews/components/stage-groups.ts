import type { MyAssignment, MyAssignmentsAnswer } from '../../../../api/types';

/** One stage's assignments, as the page shows them (the answer lists them flat, stage by stage). */
export type StageGroup = { stageId: number; head: MyAssignment; items: MyAssignment[] };

export function groupByStage(answer: MyAssignmentsAnswer): StageGroup[] {
  const groups = new Map<number, StageGroup>();
  for (const item of answer.items) {
    const group = groups.get(item.stageId) ?? { stageId: item.stageId, head: item, items: [] };
    group.items.push(item);
    groups.set(item.stageId, group);
  }
  return [...groups.values()];
}
