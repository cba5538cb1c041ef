import { render } from 'preact';
import { App } from './app';

document.documentElement.lang = navigator.language;
render(<App />, document.getElementById('app')!);
