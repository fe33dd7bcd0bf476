/**
 * The typed contract between the worker pool and a task: a task is an exported function of a
 * module, named by the module's URL and the export, so the pool (in server/platform) runs
 * features' and analytics' tasks without importing them (platform imports no feature).
 *
 * Inputs and outputs cross the thread boundary by structured clone; their typed arrays' buffers
 * are moved, not copied (transferablesOf), so a task's big data should be typed arrays and
 * joined strings, never arrays of objects (cloning those costs the main thread what the worker
 * was meant to save).
 */

export interface WorkerTask<Input, Output> {
  /** `import.meta.url` of the module that exports the task function. */
  readonly moduleUrl: string;
  readonly exportName: string;
  /** Phantom fields: only the types matter. */
  readonly input?: Input;
  readonly output?: Output;
}

export type TaskFunction<Input, Output> = (input: Input) => Output | Promise<Output>;

export function defineTask<Input, Output>(moduleUrl: string, exportName: string): WorkerTask<Input, Output> {
  return { moduleUrl, exportName };
}

/** Main thread → worker. */
export interface TaskRequest {
  readonly id: number;
  readonly moduleUrl: string;
  readonly exportName: string;
  readonly input: unknown;
}

/** Worker → main thread: the output, or the error's message and stack (Errors do not clone their class). */
export type TaskReply =
  | { readonly id: number; readonly ok: true; readonly output: unknown; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly stack?: string };

/**
 * The ArrayBuffers of the typed arrays found in a value, its fields and one level of nested
 * fields or array items: what a message moves instead of copying. A buffer is listed once
 * even when several views share it. The sender's views are detached afterwards.
 */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (item: unknown, depth: number) => {
    if (ArrayBuffer.isView(item)) {
      if (item.buffer instanceof ArrayBuffer && item.buffer.byteLength > 0) found.add(item.buffer);
      return;
    }
    if (depth > 2 || item === null || typeof item !== 'object') return;
    const children = Array.isArray(item) ? item : Object.values(item);
    // Arrays of many items are data, not containers of typed arrays: do not walk them.
    if (children.length > 64) return;
    for (const child of children) visit(child, depth + 1);
  };
  visit(value, 0);
  return [...found];
}
