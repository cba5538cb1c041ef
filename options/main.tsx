import { render } from 'preact';
import { OptionsApp } from './options-app';

document.documentElement.lang = navigator.language;
render(<OptionsApp />, document.getElementById('app')!);
