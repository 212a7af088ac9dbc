import { onMounted, ref, watch, type Ref } from 'vue';
import type { Assignment, AssignmentActionsFields } from '../../api/types';

export type PanelAssignment = Assignment & AssignmentActionsFields;

/** What every panel of an assignment's page tells the page: an action done (its message) or a failure to show. */
export interface PanelEvents {
  (e: 'done', message: string): void;
  (e: 'failed', error: unknown): void;
}

/**
 * A panel's record (urges, handovers, milestones, the loop), read when the panel shows and again whenever the
 * assignment's version moves, and its one action at a time: `busy` while it runs, the page told how it went.
 */
export function useAssignmentPanel<T>(
  assignment: () => PanelAssignment,
  emit: PanelEvents,
  read: (assignmentId: string) => Promise<T>,
  initial: T,
) {
  const record = ref(initial) as Ref<T>;
  const busy = ref(false);

  async function load() {
    try {
      record.value = await read(assignment().id);
    } catch (e) {
      emit('failed', e);
    }
  }

  /** Runs one action; a record the action changes without moving the assignment's version is read again too. */
  async function act(action: () => Promise<unknown>, message: string): Promise<boolean> {
    busy.value = true;
    try {
      await action();
      emit('done', message);
      await load();
      return true;
    } catch (e) {
      emit('failed', e);
      return false;
    } finally {
      busy.value = false;
    }
  }

  watch(() => assignment().version, load);
  onMounted(load);
  return { record, busy, act };
}
