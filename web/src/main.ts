/** Entry point: styles, then the app in #app. */
import './styles.css';
import { startApp } from './app/app';

const root = document.getElementById('app');
if (!root) throw new Error('index.html must contain <div id="app">');
void startApp(root);
