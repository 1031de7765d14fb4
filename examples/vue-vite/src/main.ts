import { createApp } from 'vue';
// Registers every element (<researcher-card>, <pub-list>, …) once, for the whole app.
import 'scholar-elements';
import App from './App.vue';

createApp(App).mount('#app');
