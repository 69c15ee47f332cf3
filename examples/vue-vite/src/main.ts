// A minimal Vue host app: a button opens <SluiceImporter>, rows arrive in its onData prop.
// A render function (no single-file component) keeps the example to what a type check and Vite need.
import { createApp, defineComponent, h, ref } from "vue";
import { SluiceImporter } from "sluice-widget/vue";
import type { DataPayload } from "sluice-widget";
import "sluice-widget/sluice.css";
import { contacts } from "./schema";

declare global {
  interface Window { exampleRows: number; exampleColumns: string[] }
}
window.exampleRows = 0;
// the app's own language (here from ?lang=, else the browser's): the widget loads that language's
// words on demand, a module Vite puts in the build beside the widget
const locale = new URLSearchParams(location.search).get("lang") ?? navigator.language;

const App = defineComponent({
  setup() {
    const open = ref(false);
    const received = ref(0);
    const onData = async ({ rows, columns }: DataPayload) => {
      window.exampleRows += rows.length;
      window.exampleColumns = columns;
      received.value += rows.length;
      return { errors: [] };
    };
    return () => h("main", [
      h("button", { id: "import", type: "button", onClick: () => { open.value = true; } },
        "Import contacts"),
      h("p", { id: "received" }, `${received.value} rows received`),
      h(SluiceImporter, { open: open.value, schema: contacts, locale, onData,
        onClose: () => { open.value = false; } }),
    ]);
  },
});

createApp(App).mount("#app");
