import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded with `import()` after the first render, for code a view needs only after its
 * first screen: `undefined` until it has loaded (or if it cannot load).
 */
export function useLazy<T>(load: () => Promise<T>): T | undefined {
  const [loaded, setLoaded] = useState<{ value: T } | undefined>(undefined);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setLoaded({ value }),
      () => undefined,
    );
    return () => {
      current = false;
    };
    // Loaded once per mount: the loader is a constant import() in practice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return loaded?.value;
}
