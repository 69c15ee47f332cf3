// A minimal React host app: a button opens <SluiceImporter>, rows arrive in onData.
// Plain createElement (no JSX) keeps the example to what a type check and Vite need.
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import { SluiceImporter } from "sluice-widget/react";
import type { DataPayload, Schema } from "sluice-widget";
import "sluice-widget/sluice.css";
import { contacts } from "./schema";

declare global {
  interface Window { exampleRows: number; exampleColumns: string[] }
}
window.exampleRows = 0;

function App() {
  const [open, setOpen] = useState(false);
  const [received, setReceived] = useState(0);
  const onData = async ({ rows, columns }: DataPayload) => {
    window.exampleRows += rows.length;
    window.exampleColumns = columns;
    setReceived((n) => n + rows.length);
    return { errors: [] };
  };
  return h("main", null,
    h("button", { id: "import", type: "button", onClick: () => setOpen(true) }, "Import contacts"),
    h("p", { id: "received" }, `${received} rows received`),
    h(SluiceImporter, { open, schema: contacts as Schema, onData, onClose: () => setOpen(false) }));
}

createRoot(document.getElementById("app")!).render(h(App));
