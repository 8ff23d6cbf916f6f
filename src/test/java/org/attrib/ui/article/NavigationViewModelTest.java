package org.attrib.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.attrib.core.model.AnnotationType;
import org.attrib.ui.testing.SampleViewModelTest;
import org.junit.jupiter.api.Test;

/** Stepping through the annotations with a filter, without a window: executors run at once on the test's thread. */
class NavigationViewModelTest extends SampleViewModelTest {

    @Test
    void stepThroughFiltersPickTheirAnnotations() {
        s.tag(AnnotationType.SPEAKER, "Hugo Rodriguez");
        s.tag(AnnotationType.QUOTE, "interventionism");
        s.tag(AnnotationType.CLAIM, "it would respond in kind to such a move");
        s.tagging.attributeToNearest();
        s.doc.select(null);
        s.navigation.navigationFilterProperty().set(NavigationViewModel.NavigationFilter.UNATTRIBUTED);
        assertThat(s.navigation.navigate(true)).get().satisfies(a -> assertThat(a.type()).isEqualTo(AnnotationType.QUOTE));
        s.navigation.navigationFilterProperty().set(NavigationViewModel.NavigationFilter.ALL);
        assertThat(s.navigation.navigate(true)).get().satisfies(a -> assertThat(a.type()).isEqualTo(AnnotationType.CLAIM));
    }
}
