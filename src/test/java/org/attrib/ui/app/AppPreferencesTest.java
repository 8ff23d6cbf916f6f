package org.attrib.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppPreferencesTest {

    private final AppPreferences prefs = new AppPreferences(Preferences.userRoot().node("attrib-prefs-test"));

    @AfterEach
    void clear() {
        prefs.clear();
    }

    @Test
    void whatIsSetIsReadBackByAnotherInstanceEvenAfterTheNodeWasRemoved() {
        prefs.setSpeakerLabels(false);
        assertThat(new AppPreferences(Preferences.userRoot().node("attrib-prefs-test")).speakerLabels()).isFalse();
        prefs.clear();
        prefs.setWindowBounds(new double[] {1, 2, 3, 4});
        assertThat(new AppPreferences(Preferences.userRoot().node("attrib-prefs-test")).windowBounds()).containsExactly(1, 2, 3, 4);
        assertThat(prefs.speakerLabels()).as("cleared").isTrue();
    }

    @Test
    void damagedNumbersReadAsAbsent() {
        Preferences.userRoot().node("attrib-prefs-test").put("window.bounds", "1,2,x,4");
        assertThat(prefs.windowBounds()).isNull();
        Preferences.userRoot().node("attrib-prefs-test").put("window.bounds", "1,2,3");
        assertThat(prefs.windowBounds()).isNull();
        Preferences.userRoot().node("attrib-prefs-test").put("dividers.right", "0.5,NaN");
        assertThat(prefs.dividers("right")).isNull();
    }
}
