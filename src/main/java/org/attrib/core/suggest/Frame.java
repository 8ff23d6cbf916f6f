package org.attrib.core.suggest;

/**
 * An attribution in a sentence: a reporting verb (or "according to"), the phrase naming who
 * speaks, and the tokens of what is reported. Token indices into the sentence.
 *
 * @param verb the reporting verb, or "according"
 * @param speaker the phrase naming the speaker; null when it is taken from an earlier frame of the
 *     sentence ("..., arguing that ...")
 * @param from first token of the attribution (the speaker phrase, or the verb when the speaker follows it)
 * @param to last token of the attribution (the verb, the speaker phrase after it, or the verb's object)
 * @param contentFrom first token of the reported content, or -1 when there is none
 * @param contentTo last token of the reported content, inclusive, or -1
 */
record Frame(int verb, Phrase speaker, int from, int to, int contentFrom, int contentTo) {

    boolean hasContent() {
        return contentFrom >= 0 && contentTo >= contentFrom;
    }

    boolean contentContains(int token) {
        return hasContent() && contentFrom <= token && token <= contentTo;
    }

    Frame withContent(int cFrom, int cTo) {
        return new Frame(verb, speaker, from, to, cFrom, cTo);
    }
}
