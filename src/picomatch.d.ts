// picomatch 2 ships no types; this is the one call pii-guard makes (the matcher fast-glob itself uses).
declare module 'picomatch' {
  function picomatch(glob: string | string[], options?: { dot?: boolean }): (path: string) => boolean;
  export default picomatch;
}
