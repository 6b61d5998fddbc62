package br.com.patritech.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields an event changed, from → to; keeps only those whose value really changed. */
public final class HistoryChanges {

    private final List<AssetEvent.Change> list = new ArrayList<>();

    public HistoryChanges add(HistoryField field, Object before, Object after) {
        String old = field.store(before);
        String now = field.store(after);
        if (!Objects.equals(old, now)) {
            list.add(new AssetEvent.Change(field.storedName(), old, now));
        }
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    List<AssetEvent.Change> list() {
        return List.copyOf(list);
    }
}
