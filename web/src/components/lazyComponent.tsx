import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component in a chunk of its own that can be asked for before it is first rendered (`preload`,
 * from the page's script while React renders), shown by `placeholder` until it arrives. Not
 * React.lazy: a Suspense boundary that has shown its fallback shows its content no sooner than
 * 300 ms later (React's throttle of retries), and the content's questions, asked from its effects,
 * waited for that commit.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: (props: P) => ReactNode,
): { Component: (props: P) => ReactNode; preload: () => void } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));

  function Component(props: P): ReactNode {
    const [Loaded, setLoaded] = useState(() => loaded);
    const [failed, setFailed] = useState<unknown>(null);
    useEffect(() => {
      if (!Loaded) start().then((component) => setLoaded(() => component), setFailed);
    }, [Loaded]);
    // As React.lazy did: a chunk that cannot load is the page's error.
    if (failed) throw failed;
    return Loaded ? <Loaded {...props} /> : placeholder(props);
  }
  return { Component, preload: () => void start() };
}
