package dev.sluice.relay.webhook;

/**
 * Which batch a payload is: importer, import and batch index; also the AES-GCM associated data,
 * so a payload cannot be opened as another batch's.
 *
 * @param importerId the importer's id
 * @param importId   the import's id
 * @param index      the batch index
 */
public record BatchKey(String importerId, String importId, int index) {
  /** The associated data bound into the payload's encryption. */
  String binding() {
    return importerId + "\n" + importId + "\n" + index;
  }
}
