/** A piece of work that runs until it is told to end, recording when it starts (order tests of turns and first runs). */
export function controlledWork(name: string, started: string[]) {
  let end = () => {};
  const ended = new Promise<void>((resolve) => (end = resolve));
  return {
    run: async () => {
      started.push(name);
      await ended;
      return name;
    },
    end: () => end(),
  };
}

/** Lets every promise already resolved run its continuations. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
