import type { Schema } from "sluice-widget";

export const contacts: Schema = {
  version: 1,
  name: "contacts",
  invalidRowPolicy: "exclude",
  columns: [
    // a pattern: the widget loads its regular expression module from the app's build
    { key: "name", label: "Name", required: true, allowBlank: false,
      type: { name: "text", pattern: "\\p{Lu}.*" } },
    { key: "email", label: "Email", required: true, unique: true, type: "email",
      transforms: ["trim", "normalize"] },
    { key: "plan", label: "Plan", type: { name: "enum", options: ["free", "pro"] } },
  ],
};
