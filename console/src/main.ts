import { createApp } from 'vue';
import App from './App.vue';
import { signIn } from './auth';
import { loadConfig } from './config';
import { router } from './router';
import './style.css';

async function start() {
  try {
    await signIn(await loadConfig());
  } catch (e) {
    const app = document.getElementById('app');
    if (app) {
      app.textContent = `无法登录：${e instanceof Error ? e.message : String(e)}`;
    }
    return;
  }
  createApp(App).use(router).mount('#app');
}

void start();
