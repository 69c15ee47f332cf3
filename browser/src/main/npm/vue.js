// <SluiceImporter> for Vue 3: opens the Sluice widget while `open` is true (a modal dialog, or
// inline in the component's own box with `inline`); every option of Sluice.open is a prop, and
// `close` and `complete` are events. A render function, not a single-file component, so it needs
// no build step; Vue is a peer dependency.
import { defineComponent, h, onBeforeUnmount, onMounted, ref, watch } from "vue";
import { Sluice } from "./sluice.js";

export const SluiceImporter = defineComponent({
  name: "SluiceImporter",
  props: {
    open: { type: Boolean, default: true },
    inline: { type: Boolean, default: false },
    schema: Object,
    importerKey: String,
    relayUrl: String,
    mode: String,
    locale: String,
    batchSize: Number,
    maxFileSizeMb: Number,
    maxRows: Number,
    user: Object,
    userToken: String,
    metadata: Object,
    hooks: Object,
    hookConcurrency: Number,
    hookPageSize: Number,
    hookTimeoutMs: Number,
    // a function prop, not an event: the widget awaits its answer ({ errors })
    onData: Function,
  },
  emits: ["close", "complete"],
  setup(props, { emit }) {
    const box = ref(null);
    let handle = null;
    const start = () => {
      if (handle || !props.open) return;
      const options = {};
      for (const [key, value] of Object.entries(props)) {
        if (value !== undefined && key !== "open" && key !== "inline") options[key] = value;
      }
      handle = Sluice.open({
        ...options,
        container: props.inline ? box.value : undefined,
        onClose: () => {
          handle = null;
          emit("close");
        },
        onComplete: (result) => emit("complete", result),
      });
    };
    const stop = () => {
      const current = handle;
      handle = null;
      if (current) current.close();
    };
    onMounted(start);
    watch(() => props.open, (open) => (open ? start() : stop()));
    onBeforeUnmount(stop);
    return () => (props.inline ? h("div", { ref: box }) : null);
  },
});

export default SluiceImporter;
