/**
 * Wall and CPU seconds per named step of the topic-map benchmark (a step run twice adds up). CPU
 * time is this process's user + system time: on a shared machine wall time also counts the waits
 * for a core, CPU time does not, so the two together tell slow code from a busy machine. The
 * Neo4j server's own CPU (a separate process) is in the wall time of a read only.
 */
export interface StepTime {
  wallS: number;
  cpuS: number;
}

export class StepClock {
  readonly steps = new Map<string, StepTime>();

  run = <T>(step: string, run: () => T): T => {
    const started = this.start();
    const value = run();
    this.add(step, started);
    return value;
  };

  async runAsync<T>(step: string, run: () => Promise<T>): Promise<T> {
    const started = this.start();
    const value = await run();
    this.add(step, started);
    return value;
  }

  /** Time spent inside another step that should be shown apart (e.g. tokenising during the read). */
  moveOut(from: string, to: string, time: StepTime): void {
    const source = this.steps.get(from);
    if (source) [source.wallS, source.cpuS] = [source.wallS - time.wallS, source.cpuS - time.cpuS];
    this.steps.set(to, time);
  }

  total(): StepTime {
    let [wallS, cpuS] = [0, 0];
    for (const time of this.steps.values()) [wallS, cpuS] = [wallS + time.wallS, cpuS + time.cpuS];
    return { wallS, cpuS };
  }

  describe(): string {
    return [...this.steps]
      .map(([step, time]) => `${step} ${time.wallS.toFixed(2)} s (cpu ${time.cpuS.toFixed(2)})`)
      .join(', ');
  }

  private start() {
    return { wall: performance.now(), cpu: process.cpuUsage() };
  }

  private add(step: string, started: { wall: number; cpu: NodeJS.CpuUsage }): void {
    const used = process.cpuUsage(started.cpu);
    const time = this.steps.get(step) ?? { wallS: 0, cpuS: 0 };
    time.wallS += (performance.now() - started.wall) / 1000;
    time.cpuS += (used.user + used.system) / 1e6;
    this.steps.set(step, time);
  }
}
