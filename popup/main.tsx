import { render } from 'preact';
import { App } from './app';

// The bench (bench/popup.bench.ts) splits the first render at this mark: loading vs our work.
performance.mark('jianbao:script-start');
document.documentElement.lang = navigator.language;
render(<App />, document.getElementById('app')!);
