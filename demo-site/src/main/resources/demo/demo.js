import { Sluice } from "/sluice/sluice.js";

// the demo answers 503 while it is still creating its importers: ask again until it is ready
async function loadConfig() {
  for (;;) {
    const response = await fetch("/api/config");
    if (response.ok) return response.json();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
const config = await loadConfig();
const received = document.querySelector("#received tbody");
const COLUMNS = ["name", "email", "email_hash", "phone", "country", "signup", "plan"];

function cellRow(values) {
  const tr = document.createElement("tr");
  for (const v of values) {
    const td = document.createElement("td");
    td.textContent = v ?? "";
    tr.append(td);
  }
  return tr;
}

function open(mode) {
  const options = {
    importerKey: mode === "webhook" ? config.webhookImporterKey : config.callbackImporterKey,
    relayUrl: config.relayUrl,
    mode,
    locale: document.querySelector("#locale").value,
    user: { id: "demo-user-1" },
    metadata: { workspace: "acme-demo" },
    onComplete: () => refreshDelivered(),
  };
  if (mode === "callback") {
    options.onData = async ({ rows }) => {
      for (const row of rows) received.append(cellRow(COLUMNS.map((c) => row[c])));
      document.querySelector("#received-count").textContent = String(received.children.length);
      return { errors: [] };
    };
  }
  Sluice.open(options);
}

async function refreshDelivered() {
  const { batches } = await (await fetch("/api/backend/batches")).json();
  const body = document.querySelector("#delivered tbody");
  body.replaceChildren(...batches.map((b) => cellRow([b.importId.slice(0, 8), b.fileName,
    `${b.batch.index + 1}`, String(b.rows.length), b.verified ? "valid" : "invalid",
    b.rows.length ? b.rows[0].name + " <" + b.rows[0].email + ">" : ""])));
  document.querySelector("#delivered-count").textContent = String(batches.length);
}

document.querySelector("#import-callback").addEventListener("click", () => open("callback"));
document.querySelector("#import-webhook").addEventListener("click", () => open("webhook"));
refreshDelivered();
setInterval(refreshDelivered, 2000);
window.demoReady = true;
